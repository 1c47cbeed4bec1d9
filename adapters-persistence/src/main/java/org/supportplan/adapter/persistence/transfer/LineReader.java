package org.supportplan.adapter.persistence.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file's lines one at a time, decoding each as strict UTF-8 on its own, so that text that is not
 * UTF-8 is reported at its own line (a {@link java.io.Reader} decodes ahead and cannot say where).
 * Lines end with {@code \n}; a {@code \r} before it is dropped.
 */
final class LineReader {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;

    LineReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next line without its end, or null at the end of the file.
     *
     * @throws CharacterCodingException when the line is not UTF-8
     */
    String next() throws IOException {
        line.reset();
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line.size() == 0 ? null : decode();
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.write(buffer, start, position - start);
            if (position < limit) {
                position++; // the '\n'
                return decode();
            }
        }
    }

    private String decode() throws CharacterCodingException {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return utf8.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    }
}
