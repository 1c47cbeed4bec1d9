package org.supportplan.adapter.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.supportplan.application.port.in.TransactionSource;

/**
 * Reads an uploaded transactions file ({@code docs/transactions-csv.md}) for {@code POST /accounts/{id}/transactions}.
 * The web adapter parses no CSV itself and may not name the persistence adapter's reader: the composition root
 * passes an implementation that adapts it.
 */
@FunctionalInterface
public interface TransactionReader {

    /**
     * The transactions in {@code csv}, one account's file: good rows to the sink's {@code accept}, bad ones to its
     * {@code reject} with their line and reason, or {@code Unreadable} when the file cannot be read at all. The source
     * may be read more than once; the array is not changed.
     */
    TransactionSource read(byte[] csv);

    /**
     * The file's identity, so the same file is never imported twice: the SHA-256 of its bytes exactly as uploaded,
     * in lower-case hex. Override only to share another definition with other ways of importing.
     */
    default String sha256(byte[] csv) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
