package org.citizenservices.record.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text laid out on A4 pages with Apache PDFBox: paragraphs wrapped between words, a new page when one is full, and
 * "Page n of m" at the foot of each. The standard Helvetica fonts need no font file; a character they cannot draw
 * (outside Windows-1252) is printed as "?" rather than failing the whole download.
 */
final class PdfPages implements AutoCloseable {

    enum Style { TITLE, HEADING, BOLD, TEXT, SMALL }

    private static final float MARGIN = 56;
    private static final PDRectangle SIZE = PDRectangle.A4;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private PDPageContentStream page;
    private float y;

    PdfPages(String title) {
        document.getDocumentInformation().setTitle(printable(title));
        newPage();
    }

    /** A paragraph in a style, wrapped to the page's width; line breaks in the text start new lines. */
    void paragraph(Style style, String text) {
        PDType1Font font = style == Style.TITLE || style == Style.HEADING || style == Style.BOLD ? bold : regular;
        float size = switch (style) {
            case TITLE -> 18;
            case HEADING -> 14;
            case SMALL -> 9;
            default -> 11;
        };
        if (style == Style.HEADING) {
            space(10);
        }
        for (String line : text.split("\\R")) {
            for (String wrapped : wrap(font, size, printable(line))) {
                write(font, size, wrapped);
            }
        }
        space(style == Style.TITLE || style == Style.HEADING ? 6 : 2);
    }

    void space(float points) {
        y -= points;
    }

    /** The finished PDF, with page numbers. */
    byte[] bytes() {
        try {
            int pages = streams.size();
            for (int n = 0; n < pages; n++) {
                PDPageContentStream stream = streams.get(n);
                text(stream, regular, 9, MARGIN, MARGIN / 2, "Page " + (n + 1) + " of " + pages);
                stream.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PDType1Font font, float size, String line) {
        float leading = size * 1.35f;
        if (y - leading < MARGIN) {
            newPage();
        }
        y -= leading;
        try {
            text(page, font, size, MARGIN, y, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream stream, PDType1Font font, float size, float x, float at, String line)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, at);
        stream.showText(line);
        stream.endText();
    }

    private void newPage() {
        try {
            PDPage next = new PDPage(SIZE);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            streams.add(page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a line in lines no wider than the page; a word longer than a line is cut. */
    private List<String> wrap(PDType1Font font, float size, String text) {
        float width = SIZE.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(word);
            while (width(font, size, line.toString()) > width && line.length() > 1) {
                int fits = line.length() - 1;
                while (fits > 1 && width(font, size, line.substring(0, fits)) > width) {
                    fits--;
                }
                lines.add(line.substring(0, fits));
                line.delete(0, fits);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with tabs as spaces, and each character Helvetica cannot draw as "?". */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int shown = c == '\t' ? ' ' : c;
            out.appendCodePoint(drawable.computeIfAbsent(shown, this::canDraw) ? shown : '?');
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return !Character.isISOControl(codePoint);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
