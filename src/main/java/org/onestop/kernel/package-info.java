/**
 * Kernel: value types every module may use — identification numbers, money, localized text,
 * the working calendar, reference numbers — and the shared way domain errors reach clients.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onestop.kernel;
