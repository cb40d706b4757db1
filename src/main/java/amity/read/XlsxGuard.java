package amity.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Looks through a workbook before the XLSX library reads it, so that a hostile one ends in a clear
 * sentence within bounded time and memory: it may unpack to at most {@link #MAX_UNPACKED} bytes (a
 * zip bomb stops there), and every cell reference must lie within Excel's own grid (a reference like
 * ZZZZZZ2 would make the library allocate a row of millions of cells).
 */
final class XlsxGuard {
    /** The most a workbook may unpack to: far more than any sheet of agreements. */
    static final long MAX_UNPACKED = 256L << 20;
    /** Excel's last column (XFD) and row. */
    static final int MAX_COLUMN = 16_384;
    static final int MAX_ROW = 1_048_576;

    private static final XMLInputFactory XML = factory();

    private XlsxGuard() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** Why the workbook must not be read, if it must not. */
    static Optional<String> refuse(byte[] bytes) {
        long total = 0;
        int entries = 0;
        // The central directory, as the XLSX library reads it (a streamed zip's local headers may not give sizes).
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
                entries++;
                try (Counted in = new Counted(zip.getInputStream(e), MAX_UNPACKED - total)) {
                    if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                        Optional<String> far = cells(in);
                        if (far.isPresent()) {
                            return far;
                        }
                    }
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                    total += in.count;
                }
            }
        } catch (TooLarge e) {
            return Optional.of("the workbook unpacks to more than " + (MAX_UNPACKED >> 20) + " MiB (a zip bomb?); "
                    + "save the sheet as CSV.");
        } catch (IOException e) {
            return Optional.of("the workbook is not a readable zip file (" + e.getMessage() + "); save it again as "
                    + ".xlsx, or as CSV.");
        }
        return entries == 0 ? Optional.of("the workbook is empty; save it again as .xlsx, or as CSV.") : Optional.empty();
    }

    /** The first cell reference beyond Excel's grid, as a sentence. */
    private static Optional<String> cells(InputStream in) throws IOException {
        try {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("c")) {
                    String ref = x.getAttributeValue(null, "r");
                    if (ref != null && !within(ref)) {
                        return Optional.of("cell " + (ref.length() > 20 ? ref.substring(0, 20) + "…" : ref)
                                + " lies beyond Excel's last cell XFD1048576; the workbook is damaged.");
                    }
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof TooLarge t) {
                throw t;
            }
            return Optional.of("a sheet of the workbook is not well-formed XML; save it again as .xlsx, or as CSV.");
        }
    }

    /** Whether "E2" names a cell of Excel's grid. */
    static boolean within(String ref) {
        int i = 0;
        long column = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        String row = ref.substring(i);
        return column >= 1 && column <= MAX_COLUMN && row.length() <= 7 && row.matches("[1-9][0-9]*")
                && Integer.parseInt(row) <= MAX_ROW;
    }

    /** The bytes of one entry, counted; past the budget a {@link TooLarge}. */
    private static final class Counted extends InputStream {
        private final InputStream in;
        private final long budget;
        private long count;

        Counted(InputStream in, long budget) {
            this.in = in;
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws TooLarge {
            count += n;
            if (count > budget) {
                throw new TooLarge();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
