package kr.gongyu.web.console;

import java.awt.geom.AffineTransform;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of its first image directory, 1 to 8), as the turn or mirror of
 * its pixels that shows it upright. Anything unreadable counts as upright: the tag only ever helps.
 */
final class ExifOrientation {

    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";
    private static final int APP1 = 0xE1;
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final int ORIENTATION = 0x0112;

    private ExifOrientation() {}

    /** The transform that takes the stored pixels, {@code width} by {@code height}, to the upright picture. */
    static AffineTransform turn(IIOMetadata metadata, int width, int height) {
        return switch (of(metadata)) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0); // mirrored left to right
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height); // mirrored top to bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored along the diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0); // a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width); // mirrored along the other diagonal
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width); // a quarter turn counter-clockwise
            default -> new AffineTransform();
        };
    }

    private static int of(IIOMetadata metadata) {
        if (!Arrays.asList(metadata.getMetadataFormatNames()).contains(JPEG_METADATA)) {
            return 1;
        }
        var tree = metadata.getAsTree(JPEG_METADATA);
        for (var node = markers(tree); node != null; node = node.getNextSibling()) {
            if (node instanceof IIOMetadataNode marker
                    && "unknown".equals(marker.getNodeName())
                    && String.valueOf(APP1).equals(marker.getAttribute("MarkerTag"))
                    && marker.getUserObject() instanceof byte[] segment
                    && startsWithExif(segment)) {
                return orientation(segment);
            }
        }
        return 1;
    }

    private static @Nullable Node markers(Node tree) {
        for (var node = tree.getFirstChild(); node != null; node = node.getNextSibling()) {
            if ("markerSequence".equals(node.getNodeName())) {
                return node.getFirstChild();
            }
        }
        return null;
    }

    private static boolean startsWithExif(byte[] segment) {
        return segment.length > EXIF.length && Arrays.equals(segment, 0, EXIF.length, EXIF, 0, EXIF.length);
    }

    /** Reads the tag from the TIFF structure after the EXIF header: byte order, first directory, its entries. */
    private static int orientation(byte[] segment) {
        try {
            var tiff = ByteBuffer.wrap(segment, EXIF.length, segment.length - EXIF.length)
                    .slice();
            tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            var directory = tiff.getInt(4);
            var entries = Short.toUnsignedInt(tiff.getShort(directory));
            for (int n = 0; n < entries; n++) {
                var entry = directory + 2 + n * 12;
                if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION) {
                    return Short.toUnsignedInt(tiff.getShort(entry + 8));
                }
            }
        } catch (IndexOutOfBoundsException broken) {
            // a directory that points past the segment: no orientation to read
        }
        return 1;
    }
}
