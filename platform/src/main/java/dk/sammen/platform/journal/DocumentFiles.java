package dk.sammen.platform.journal;

import com.google.crypto.tink.Aead;
import dk.sammen.platform.web.InvalidInputException;
import dk.sammen.platform.web.TooLargeException;
import org.apache.tika.Tika;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.UUID;

/**
 * The files of documents (a signed consent form, a statement from school): what a file is, is read
 * from its bytes (Apache Tika), never taken from the name or the type the client sent, and only
 * the types a caseworker's documents come in are taken, up to a size. A file is sealed under its
 * subject's data key with the document's id bound in, so erasing the subject shreds it, and bytes
 * copied onto another document's row do not open.
 */
public final class DocumentFiles {

    private static final Tika TIKA = new Tika();

    private final long maxBytes;
    private final Set<String> allowedTypes;

    public DocumentFiles(long maxBytes, Set<String> allowedTypes) {
        this.maxBytes = maxBytes;
        this.allowedTypes = Set.copyOf(allowedTypes);
    }

    /** The file's type as read from its content; a 413 or 400 naming {@code file} for a file no document may be. */
    public String typeOf(String fileName, byte[] content) {
        if (content.length > maxBytes) {
            throw new TooLargeException("file", maxBytes);
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", "The file is empty");
        }
        if (fileName.isBlank() || fileName.length() > 255) {
            throw new InvalidInputException("file", "The file needs a name of at most 255 characters");
        }
        String type = TIKA.detect(content, fileName);
        if (!allowedTypes.contains(type)) {
            throw new InvalidInputException("file", "A document is one of " + allowedTypes.stream().sorted().toList()
                    + "; this file's content is " + type);
        }
        return type;
    }

    /** @param part which of the document's parts this is ("name", "content"): each is bound to its place */
    public static byte[] seal(Aead key, byte[] plain, UUID documentId, String part) {
        try {
            return key.encrypt(plain, associated(documentId, part));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A document could not be encrypted", e);
        }
    }

    public static byte[] open(Aead key, byte[] sealed, UUID documentId, String part) {
        try {
            return key.decrypt(sealed, associated(documentId, part));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Document " + documentId + " does not open with its subject's key", e);
        }
    }

    private static byte[] associated(UUID documentId, String part) {
        return ("document:" + documentId + ":" + part).getBytes(StandardCharsets.UTF_8);
    }
}
