/**
 * Directory: the regions of Kazakhstan, its state bodies, the one-stop-shop service centres
 * and the civil servants who work in them, with their roles. Loaded from versioned reference
 * files; other modules read it through {@link org.onestop.directory.Directory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.onestop.directory;
