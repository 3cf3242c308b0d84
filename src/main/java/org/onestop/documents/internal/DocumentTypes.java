package org.onestop.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onestop.kernel.DataFile;
import org.onestop.kernel.LocalizedText;
import org.onestop.kernel.ReferenceDataException;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The document types results are issued on, read from {@code onestop.documents.types}: each type
 * lists the result types of the standards (the standard's {@code result.type}) it is issued for;
 * one type takes every other result ({@code otherwise}), one is the refusal letter
 * ({@code refusal}). A type's template is {@code templates/documents/pdf/<code>.html}.
 */
@Component
class DocumentTypes {

    record DocumentType(String code, LocalizedText name, List<String> results, Boolean otherwise, Boolean refusal) {

        DocumentType {
            results = results == null ? List.of() : List.copyOf(results);
            otherwise = Boolean.TRUE.equals(otherwise);
            refusal = Boolean.TRUE.equals(refusal);
        }

        String template() {
            return "documents/pdf/" + code;
        }
    }

    private final Map<String, DocumentType> byCode = new HashMap<>();
    private final Map<String, DocumentType> byResult = new HashMap<>();
    private final DocumentType otherwise;
    private final DocumentType refusal;

    DocumentTypes(DocumentsProperties properties, ResourceLoader resources) {
        String location = properties.types();
        List<DataFile.Located<DocumentType>> types;
        try (InputStream in = resources.getResource(location).getInputStream()) {
            types = DataFile.readList(in, "types", DocumentType.class, location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
        DocumentType fallback = null;
        DocumentType letter = null;
        for (DataFile.Located<DocumentType> located : types) {
            DocumentType type = located.value();
            if (byCode.put(type.code(), type) != null) {
                throw new ReferenceDataException(location, "line " + located.line() + ": type " + type.code() + " twice");
            }
            for (String result : type.results()) {
                if (byResult.put(result, type) != null) {
                    throw new ReferenceDataException(location, "result " + result + " is given two document types");
                }
            }
            fallback = type.otherwise() ? type : fallback;
            letter = type.refusal() ? type : letter;
        }
        if (fallback == null || letter == null) {
            throw new ReferenceDataException(location, "one type must be 'otherwise: true' and one 'refusal: true'");
        }
        this.otherwise = fallback;
        this.refusal = letter;
    }

    /** The type a standard's result of this type is issued on. */
    DocumentType forResult(String resultType) {
        return byResult.getOrDefault(resultType, otherwise);
    }

    DocumentType refusal() {
        return refusal;
    }

    DocumentType byCode(String code) {
        DocumentType type = byCode.get(code);
        if (type == null) {
            throw new IllegalStateException("document type " + code + " is no longer in the types file");
        }
        return type;
    }
}
