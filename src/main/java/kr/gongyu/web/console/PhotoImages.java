package kr.gongyu.web.console;

import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.metadata.IIOMetadata;

/**
 * An uploaded photo decoded and encoded anew before it is stored, so that what we serve is a picture and only
 * a picture: a file that only starts like an image is refused, and the metadata of the upload (EXIF with the
 * camera's GPS position, comments) is left behind. JPEG stays JPEG and PNG stays PNG. WebP is refused: the JDK
 * has no decoder for it.
 *
 * <p>The size in pixels is read from the header before the picture is decoded, so that a small file that
 * unpacks into gigabytes (a decompression bomb) is refused without being unpacked.
 */
final class PhotoImages {

    /** Above any camera's photo; a decoded picture of this size takes 160 MB. */
    static final long MAX_PIXELS = 40_000_000L;

    static final String NOT_AN_IMAGE = "console.photo.error.type";
    static final String TOO_MANY_PIXELS = "console.photo.error.pixels";

    private static final float JPEG_QUALITY = 0.9f;

    private PhotoImages() {}

    /** What became of an upload: a picture to store, or the message key of the refusal. */
    sealed interface Outcome permits Encoded, Refused {}

    /** The picture encoded anew, and the extension its file is stored (and served) under. */
    record Encoded(byte[] content, String extension) implements Outcome {}

    record Refused(String messageKey) implements Outcome {}

    static Outcome reencode(byte[] upload) {
        var format = format(upload);
        if (format.isEmpty()) {
            return new Refused(NOT_AN_IMAGE);
        }
        var reader = ImageIO.getImageReadersByFormatName(format.get()).next();
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, false);
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                return new Refused(TOO_MANY_PIXELS);
            }
            // A truncated JPEG decodes with a warning and grey where the rest was: that is no photo either.
            var warnings = new ArrayList<String>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            var image = reader.read(0);
            if (!warnings.isEmpty()) {
                return new Refused(NOT_AN_IMAGE);
            }
            return format.get().equals("jpeg")
                    ? new Encoded(jpeg(upright(image, reader.getImageMetadata(0))), "jpg")
                    : new Encoded(png(image), "png");
        } catch (IOException | RuntimeException undecodable) {
            // The decoders throw unchecked exceptions too (an index out of bounds on a broken table).
            return new Refused(NOT_AN_IMAGE);
        } finally {
            reader.dispose();
        }
    }

    /** The decoder to try, by the file's first bytes (its magic number) and not its name. */
    private static Optional<String> format(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpeg");
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("png");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... expected) {
        if (bytes.length < expected.length) {
            return false;
        }
        for (int n = 0; n < expected.length; n++) {
            if ((bytes[n] & 0xFF) != expected[n]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phone stores its photos as the sensor saw them and says in EXIF which way is up; that note is dropped
     * with the rest of the metadata, so the turn it asks for is made in the pixels.
     */
    private static BufferedImage upright(BufferedImage image, IIOMetadata metadata) {
        var turn = ExifOrientation.turn(metadata, image.getWidth(), image.getHeight());
        if (turn.isIdentity()) {
            return image;
        }
        var turned = new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR);
        var bounds = turned.getBounds2D(image);
        var target = new BufferedImage(
                (int) Math.round(bounds.getWidth()),
                (int) Math.round(bounds.getHeight()),
                image.getType() == BufferedImage.TYPE_BYTE_GRAY
                        ? BufferedImage.TYPE_BYTE_GRAY
                        : BufferedImage.TYPE_3BYTE_BGR);
        return turned.filter(image, target);
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            var quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), quality);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
