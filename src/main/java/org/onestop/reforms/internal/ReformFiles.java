package org.onestop.reforms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.onestop.kernel.DataFile;
import org.onestop.kernel.ReferenceDataException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Reads the monitor's files, each entry with the line it starts on. */
@org.springframework.stereotype.Component
class ReformFiles {

    private final ResourceLoader resources;
    private final ReformsProperties properties;

    ReformFiles(ResourceLoader resources, ReformsProperties properties) {
        this.resources = resources;
        this.properties = properties;
    }

    List<DataFile.Located<ReformEntries.Item>> items() {
        return read(properties.items(), "items", ReformEntries.Item.class);
    }

    List<DataFile.Located<ReformEntries.Programme>> programmes() {
        return read(properties.programmes(), "programmes", ReformEntries.Programme.class);
    }

    List<DataFile.Located<ReformEntries.Act>> acts() {
        return read(properties.acts(), "acts", ReformEntries.Act.class);
    }

    List<DataFile.Located<ReformEntries.Indicator>> indicators() {
        return read(properties.indicators(), "indicators", ReformEntries.Indicator.class);
    }

    String name(String kind) {
        return switch (kind) {
            case "items" -> properties.items();
            case "programmes" -> properties.programmes();
            case "acts" -> properties.acts();
            default -> properties.indicators();
        };
    }

    private <T> List<DataFile.Located<T>> read(String location, String key, Class<T> type) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new ReferenceDataException(location, "the file does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            return DataFile.readList(in, key, type, location);
        } catch (IOException e) {
            throw new ReferenceDataException(location, "cannot be read: " + e.getMessage(), e);
        }
    }
}
