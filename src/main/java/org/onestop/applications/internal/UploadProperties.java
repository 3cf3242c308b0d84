package org.onestop.applications.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded documents ({@code onestop.applications.uploads.*}): where the files are kept,
 * the largest file, the types accepted (told from the bytes), how long an upload waits to be
 * attached to an application or draft, and how many unattached uploads one account may hold.
 */
@ConfigurationProperties("onestop.applications.uploads")
record UploadProperties(Path directory, DataSize maxSize, List<String> types, Duration ttl, int maxPending) {
}
