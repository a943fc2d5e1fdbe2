package kr.gongyu.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import kr.gongyu.web.console.PhotoImages.Encoded;
import kr.gongyu.web.console.PhotoImages.Refused;
import org.junit.jupiter.api.Test;

class PhotoImagesTest {

    @Test
    void storesAGoodPhotoInItsOwnFormat() {
        var jpeg = (Encoded) PhotoImages.reencode(jpeg(picture(64, 48)));
        assertThat(jpeg.extension()).isEqualTo("jpg");
        assertThat(decode(jpeg.content()).getWidth()).isEqualTo(64);

        var png = (Encoded) PhotoImages.reencode(png(picture(30, 20)));
        assertThat(png.extension()).isEqualTo("png");
        assertThat(decode(png.content()).getHeight()).isEqualTo(20);
    }

    @Test
    void refusesATruncatedJpegWhoseHeaderIsGood() {
        var whole = jpeg(picture(200, 150));
        assertThat(PhotoImages.reencode(Arrays.copyOf(whole, whole.length / 2)))
                .isEqualTo(new Refused(PhotoImages.NOT_AN_IMAGE));
    }

    @Test
    void refusesAPngThatStartsLikeAJpeg() {
        var png = png(picture(30, 20));
        png[0] = (byte) 0xFF;
        png[1] = (byte) 0xD8;
        png[2] = (byte) 0xFF;
        png[3] = (byte) 0xE0;
        assertThat(PhotoImages.reencode(png)).isEqualTo(new Refused(PhotoImages.NOT_AN_IMAGE));
    }

    @Test
    void refusesWebpAndText() {
        var webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);
        assertThat(PhotoImages.reencode(webp)).isEqualTo(new Refused(PhotoImages.NOT_AN_IMAGE));
        assertThat(PhotoImages.reencode("not an image".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(new Refused(PhotoImages.NOT_AN_IMAGE));
    }

    @Test
    void refusesAHugePictureByItsHeaderWithoutDecodingIt() {
        // 100,000 × 100,000 pixels of RGBA would take 40 GB decoded; the file is 61 bytes.
        var bomb = ByteBuffer.allocate(61);
        bomb.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        var header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put(new byte[] {8, 6, 0, 0, 0});
        chunk(bomb, "IHDR", header.array());
        chunk(bomb, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00});
        chunk(bomb, "IEND", new byte[0]);
        assertThat(PhotoImages.reencode(bomb.array())).isEqualTo(new Refused(PhotoImages.TOO_MANY_PIXELS));
    }

    @Test
    void leavesTheExifWithItsGpsPositionBehind() {
        var withGps = withExif(jpeg(picture(64, 48)), 1);
        assertThat(contains(withGps, "Exif")).as("the upload carries EXIF").isTrue();
        var stored = (Encoded) PhotoImages.reencode(withGps);
        assertThat(contains(stored.content(), "Exif")).isFalse();
        assertThat(contains(stored.content(), "GPS-MARK")).isFalse();
        assertThat(decode(stored.content()).getWidth()).isEqualTo(64);
    }

    @Test
    void turnsAPhoneCamerasPhotoUprightAsItsExifAsks() {
        // Orientation 6: the sensor's picture is to be turned a quarter clockwise.
        var sideways = picture(64, 48);
        sideways.setRGB(0, 0, 0xFFFFFF);
        var stored = (Encoded) PhotoImages.reencode(withExif(jpeg(sideways), 6));
        var upright = decode(stored.content());
        assertThat(upright.getWidth()).isEqualTo(48);
        assertThat(upright.getHeight()).isEqualTo(64);
        // The top left corner went to the top right.
        assertThat(upright.getRGB(47, 0) & 0xFF).isGreaterThan(upright.getRGB(0, 0) & 0xFF);
    }

    private static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, ((x * 4) % 256) << 16 | ((y * 4) % 256) << 8 | 40);
            }
        }
        return image;
    }

    private static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    private static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        var name = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    }

    /**
     * The JPEG with an EXIF segment after its JFIF one, as a camera writes it: the orientation, and a GPS
     * directory whose latitude reference is followed by a mark to look for.
     */
    private static byte[] withExif(byte[] jpeg, int orientation) {
        var tiff = ByteBuffer.allocate(70);
        tiff.put("Exif\0\0MM".getBytes(StandardCharsets.US_ASCII))
                .putShort((short) 42)
                .putInt(8);
        tiff.putShort((short) 2); // two entries in the first directory, at 8
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // the GPS directory, at 38
        tiff.putInt(0);
        tiff.putShort((short) 1); // one GPS entry: the latitude's reference, "N"
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put("N\0\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.putInt(0);
        tiff.put("GPS-MARK".getBytes(StandardCharsets.US_ASCII));
        var exif = Arrays.copyOf(tiff.array(), tiff.position());
        var jfifEnd = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, jfifEnd);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, jfifEnd, jpeg.length - jfifEnd);
        return out.toByteArray();
    }

    private static boolean contains(byte[] bytes, String text) {
        var needle = text.getBytes(StandardCharsets.US_ASCII);
        for (int n = 0; n + needle.length <= bytes.length; n++) {
            if (Arrays.equals(bytes, n, n + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
