package org.onestop.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.onestop.kernel.DataFile;
import org.onestop.kernel.ReferenceDataException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reads the register's files: service standards with the file and line of each, life events, workflows. */
@Component
class RegisterFiles {

    /** A service standard entry and where it was written. */
    record Source(StandardEntry entry, String file, int line) {

        String where() {
            return file + ": line " + line + " (service " + entry.code() + ")";
        }
    }

    private final ResourcePatternResolver resources;

    RegisterFiles(ResourcePatternResolver resources) {
        this.resources = resources;
    }

    List<Source> services(List<String> locations) {
        List<Source> sources = new ArrayList<>();
        for (String location : locations) {
            for (Resource resource : resolve(location)) {
                String name = location.contains("*") ? location.substring(0, location.lastIndexOf('/') + 1)
                        + resource.getFilename() : location;
                read(resource, name, "services", StandardEntry.class)
                        .forEach(e -> sources.add(new Source(e.value(), name, e.line())));
            }
        }
        return sources;
    }

    List<DataFile.Located<LifeEventEntry>> lifeEvents(String location) {
        return read(single(location), location, "lifeEvents", LifeEventEntry.class);
    }

    List<DataFile.Located<WorkflowEntry>> workflows(String location) {
        return read(single(location), location, "workflows", WorkflowEntry.class);
    }

    private <T> List<DataFile.Located<T>> read(Resource resource, String name, String key, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return DataFile.readList(in, key, type, name);
        } catch (IOException e) {
            throw new ReferenceDataException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    private Resource single(String location) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new ReferenceDataException(location, "the file does not exist");
        }
        return resource;
    }

    private List<Resource> resolve(String location) {
        try {
            List<Resource> found = Arrays.stream(resources.getResources(location)).filter(Resource::exists)
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
            if (found.isEmpty()) {
                throw new ReferenceDataException(location, "no file matches");
            }
            return found;
        } catch (IOException e) {
            throw new ReferenceDataException(location, "cannot be read: " + e.getMessage(), e);
        }
    }
}
