package org.onestop.integrity;

/**
 * The entry where the journal stops being trustworthy, with the reason in plain English, such as
 * "entry 17 was changed: its hash does not match its content". {@code id} is 0 when no entry is
 * left to name (every entry of a stream was deleted).
 */
public record BrokenEntry(long id, String reason) {
}
