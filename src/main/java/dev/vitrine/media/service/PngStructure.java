package dev.vitrine.media.service;

import static dev.vitrine.media.service.ImageStructure.copy;
import static dev.vitrine.media.service.ImageStructure.corrupt;
import static dev.vitrine.media.service.ImageStructure.u32be;

import dev.vitrine.shared.BusinessException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A PNG's chunks: IHDR first (its size), text and time chunks dropped before the JDK's reader sees them
 * (it inflates zTXt and iTXt whole: 631 MB allocated for a 200 KB chunk), a colour profile refused if it
 * inflates past {@value #MAX_PROFILE} bytes (browsers inflate it), and nothing kept after IEND.
 */
final class PngStructure {

    /** Chunks that only carry text or time. */
    private static final Set<String> TEXT_CHUNKS = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    /** The largest colour profile kept; real ones are a few KB to a few hundred KB. */
    static final int MAX_PROFILE = 4 * 1024 * 1024;

    private PngStructure() {}

    static ImageStructure walk(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        copy(out, b, 0, 8); // signature
        if (b.length < 8 + 8 + 13 || !type(b, 12).equals("IHDR") || u32be(b, 8) != 13) {
            throw corrupt();
        }
        long width = u32be(b, 16);
        long height = u32be(b, 20);
        int bitDepth = b[24];
        int channels = switch (b[25]) {
            case 0, 3 -> 1; // grey, palette
            case 2 -> 3; // RGB
            case 4 -> 2; // grey and alpha
            case 6 -> 4; // RGBA
            default -> throw corrupt();
        };
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE || bitDepth < 1) {
            throw corrupt();
        }
        int i = 8;
        while (true) {
            long length = u32be(b, i);
            String type = type(b, i + 4);
            long chunk = 12 + length;
            if (type.equals("iCCP")) {
                checkProfile(b, i + 8, (int) length);
            }
            if (!TEXT_CHUNKS.contains(type)) {
                copy(out, b, i, chunk);
            } else if (i + chunk > b.length) {
                throw corrupt();
            }
            if (type.equals("IEND")) {
                break; // whatever follows (a script, a page) is not part of the picture
            }
            i += (int) chunk;
        }
        // The JDK's reader holds the row being unfiltered and the one above it, whatever the subsampling.
        long row = 1 + (width * channels * bitDepth + 7) / 8;
        return new ImageStructure((int) width, (int) height, 2 * row, out.toByteArray());
    }

    private static String type(byte[] b, int at) {
        if (at + 4 > b.length) {
            throw corrupt();
        }
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }

    /** iCCP: a name, a NUL, the compression method, then the zlib-compressed profile. */
    private static void checkProfile(byte[] b, int start, int length) {
        int end = start + length;
        if (length < 0 || end > b.length) {
            throw corrupt();
        }
        int data = start;
        while (data < end && b[data] != 0) {
            data++;
        }
        data += 2; // the NUL and the compression method
        if (data > end) {
            throw corrupt();
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(b, data, end - data);
            byte[] scratch = new byte[64 * 1024];
            long inflated = 0;
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(scratch);
                if (n == 0 && inflater.needsDictionary()) {
                    throw corrupt();
                }
                inflated += n;
                if (inflated > MAX_PROFILE) {
                    throw new BusinessException("upload.profileTooLarge");
                }
            }
        } catch (DataFormatException e) {
            throw corrupt();
        } finally {
            inflater.end();
        }
    }
}
