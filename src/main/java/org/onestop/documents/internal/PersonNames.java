package org.onestop.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.onestop.kernel.DataFile;
import org.onestop.kernel.Iin;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Holders' names for their documents. OneStop keeps no register of persons (a person is their
 * IIN); until the state register of persons answers, names come from the files listed in
 * {@code onestop.documents.people} (the demo profile names its demo citizens). A holder without a
 * name is written by their IIN.
 */
@Component
class PersonNames {

    record Person(String iin, String name) {
    }

    private final Map<Iin, String> names = new HashMap<>();

    PersonNames(DocumentsProperties properties, ResourceLoader resources) {
        for (String location : properties.people()) {
            try (InputStream in = resources.getResource(location).getInputStream()) {
                DataFile.readList(in, "people", Person.class, location)
                        .forEach(p -> names.put(Iin.parse(p.value().iin()), p.value().name()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location, e);
            }
        }
    }

    Optional<String> name(Iin iin) {
        return Optional.ofNullable(names.get(iin));
    }
}
