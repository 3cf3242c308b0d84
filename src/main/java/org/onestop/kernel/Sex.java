package org.onestop.kernel;

/** Sex as an IIN's seventh digit encodes it: odd digits for men, even for women. */
public enum Sex { MALE, FEMALE }
