package org.onestop.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a versioned YAML data file into records. Unknown keys are refused, so a misspelt key
 * is a start-up error rather than silently missing data; every failure is a
 * {@link ReferenceDataException} naming the file and, where known, the line.
 */
public final class DataFile {

    /** The one reader of data files, strict about unknown keys and missing numbers. */
    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DataFile() {
    }

    /** Reads {@code in} (not closed) as a {@code type}; {@code name} names the file in errors. */
    public static <T> T read(InputStream in, Class<T> type, String name) {
        try {
            T value = YAML.readValue(in, type);
            if (value == null) {
                throw new ReferenceDataException(name, "the file is empty");
            }
            return value;
        } catch (JacksonException e) {
            throw new ReferenceDataException(name, describe(e), e);
        }
    }

    /** An entry of a list in a data file, with the line it starts on. */
    public record Located<T>(T value, int line) {
    }

    /**
     * Reads a file of the shape {@code version: …} and {@code <listKey>: [entries]}, each entry a
     * {@code type}, keeping the line every entry starts on so that later checks can name it.
     */
    public static <T> List<Located<T>> readList(InputStream in, String listKey, Class<T> type, String name) {
        List<Located<T>> entries = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ReferenceDataException(name, "the file is empty or not a map of keys");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals(listKey) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        int line = parser.currentTokenLocation().getLineNr();
                        try {
                            entries.add(new Located<>(YAML.readerFor(type)
                                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                                    .<T>readValue(parser), line));
                        } catch (JacksonException e) {
                            throw new ReferenceDataException(name, describe(e), e);
                        }
                    }
                } else if (key.equals("version")) {
                    parser.skipChildren();
                } else {
                    throw new ReferenceDataException(name, "line " + parser.currentTokenLocation().getLineNr()
                            + ": unknown key '" + key + "' (expected version and " + listKey + ")");
                }
            }
            return entries;
        } catch (JacksonException e) {
            throw new ReferenceDataException(name, describe(e), e);
        }
    }

    /** Reads a classpath resource of this class loader. */
    public static <T> T readResource(String path, Class<T> type) {
        try (InputStream in = DataFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ReferenceDataException(path, "the file is missing");
            }
            return read(in, type, path);
        } catch (IOException e) {
            throw new ReferenceDataException(path, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String describe(JacksonException e) {
        String problem = e.getOriginalMessage();
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof DomainException domain) {
                problem = domain.getMessage();
            }
            cause = cause.getCause();
        }
        problem = problem.lines().findFirst().orElse(problem);
        TokenStreamLocation location = e.getLocation();
        return location != null && location.getLineNr() > 0
                ? "line " + location.getLineNr() + ": " + problem
                : problem;
    }
}
