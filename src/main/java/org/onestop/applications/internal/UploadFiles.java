package org.onestop.applications.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.onestop.kernel.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bytes of uploaded documents, outside the database: one file per upload, named by the
 * upload's id under {@code onestop.applications.uploads.directory} (two levels of sub-directories
 * by its first hex digits). A file is written to a temporary name, forced to disk and moved into
 * place before any row refers to it, so a crash leaves at worst an unreferenced file, never a row
 * without its bytes. Reading checks the bytes against the recorded SHA-256: a file changed on disk
 * is refused. Files are not shared between uploads, so deleting one never takes another's bytes.
 */
@Component
class UploadFiles {

    /** A file written: its checksum and size. */
    record Stored(String sha256, long size) {
    }

    private static final int HEAD = 8 * 1024;

    private final Path root;

    UploadFiles(@Value("${onestop.applications.uploads.directory}") Path root) {
        this.root = root.toAbsolutePath();
    }

    /**
     * Stores at most {@code maxBytes} read from {@code in}; more than that is refused and nothing is
     * kept. {@code check} sees the first bytes before the file is kept and may refuse it by throwing.
     */
    Stored write(UUID id, InputStream in, long maxBytes, Consumer<byte[]> check) {
        try {
            directory(root);
            Path temporary = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest sha = sha256();
                long size;
                try (InputStream digesting = new DigestInputStream(in, sha);
                        OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                    size = copy(digesting, out, maxBytes);
                }
                if (size == 0) {
                    throw DomainException.invalid("applications.upload.empty", "the file is empty");
                }
                try (InputStream written = Files.newInputStream(temporary)) {
                    check.accept(written.readNBytes(HEAD));
                }
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = path(id);
                directory(target.getParent());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                return new Stored(hash, size);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an upload under " + root, e);
        }
    }

    /** The whole content, checked against its checksum. */
    byte[] read(UUID id, String sha256) {
        try {
            byte[] content = Files.readAllBytes(path(id));
            if (!HexFormat.of().formatHex(sha256().digest(content)).equals(sha256)) {
                throw new IllegalStateException("the stored document " + id + " does not match its checksum");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stored document " + id, e);
        }
    }

    void delete(UUID id) {
        deleteFile(path(id));
    }

    /**
     * The files last written before {@code before}: kept uploads by their id, and temporary files a
     * crash left unfinished, with a {@code null} id.
     */
    Map<Path, UUID> writtenBefore(Instant before) {
        if (!Files.isDirectory(root)) {
            return Map.of();
        }
        Map<Path, UUID> found = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root, 3)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                if (modified(path).isBefore(before)) {
                    found.put(path, idOf(path.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Makes the folder if it is missing. {@code Files.createDirectories} alone learns that a folder
     * exists from an exception, with its stack trace, on every upload.
     */
    private static void directory(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
    }

    /** When the file was last written; a file deleted meanwhile (by another node's purge) counts as new. */
    private static Instant modified(Path path) throws IOException {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (NoSuchFileException gone) {
            return Instant.MAX;
        }
    }

    private static UUID idOf(String name) {
        try {
            return UUID.fromString(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Deletes a file found by {@link #writtenBefore}. */
    void deleteFile(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(UUID id) {
        String name = id.toString();
        return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
    }

    private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            size += n;
            if (size > maxBytes) {
                throw DomainException.invalid("applications.upload.too-large", "the file is larger than "
                        + maxBytes / (1024 * 1024) + " MB", String.valueOf(maxBytes / (1024 * 1024)));
            }
            out.write(buffer, 0, n);
        }
        return size;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
