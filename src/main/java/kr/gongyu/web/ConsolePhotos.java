package kr.gongyu.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.gongyu.catalog.Photo;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.identity.Caller;
import kr.gongyu.reservation.ResourceEditing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A resource's photos in the console: upload (JPEG, PNG or WebP, told by their first bytes and not their name;
 * at most {@link #MAX_BYTES} each and {@link #MAX_PHOTOS} in all; alt text required) and removal. The files
 * live under {@code gongyu.photos.directory} and are served at {@code /photos/<name>}.
 */
@Controller
class ConsolePhotos {

    static final int MAX_PHOTOS = 10;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final String URL_PREFIX = "/photos/";

    private final ResourceManagement management;
    private final ResourceEditing editing;
    private final ConsoleResourcePages pages;
    private final MessageSource messages;
    private final Path directory;

    ConsolePhotos(
            ResourceManagement management,
            ResourceEditing editing,
            ConsoleResourcePages pages,
            MessageSource messages,
            @Value("${gongyu.photos.directory:./data/photos}") Path directory) {
        this.management = management;
        this.editing = editing;
        this.pages = pages;
        this.messages = messages;
        this.directory = directory;
    }

    /** Serves the stored photos; their names are random, their type fixed by the extension given at upload. */
    @Configuration(proxyBeanMethods = false)
    static class PhotoFiles implements WebMvcConfigurer {

        private final Path directory;

        PhotoFiles(@Value("${gongyu.photos.directory:./data/photos}") Path directory) {
            this.directory = directory;
        }

        @Override
        public void addResourceHandlers(ResourceHandlerRegistry registry) {
            registry.addResourceHandler(URL_PREFIX + "**")
                    .addResourceLocations(directory.toAbsolutePath().toUri().toString());
        }
    }

    @PostMapping("/console/resources/{id}/photos")
    String upload(
            Caller caller,
            @PathVariable String id,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            @RequestParam(defaultValue = "") String altText,
            Model model) {
        var institution = ConsoleHome.institutionOf(caller);
        var resource = pages.own(institution, id);
        var errors = new FormErrors();
        var count = management
                .photos(institution, resource)
                .orElseThrow(ConsoleResourcePages::notFound)
                .size();
        Optional<String> extension = Optional.empty();
        if (count >= MAX_PHOTOS) {
            errors.reject("photo", "console.photo.error.tooMany", MAX_PHOTOS);
        } else if (photo == null || photo.isEmpty()) {
            errors.reject("photo", "console.photo.error.missing");
        } else if (photo.getSize() > MAX_BYTES) {
            errors.reject("photo", "console.photo.error.tooLarge", MAX_BYTES / 1024 / 1024);
        } else {
            extension = imageType(bytes(photo));
            if (extension.isEmpty()) {
                errors.reject("photo", "console.photo.error.type");
            }
        }
        if (altText.isBlank() || altText.strip().length() > 200) {
            errors.reject("photoAlt", "console.photo.error.alt");
        }
        if (errors.isEmpty() && extension.isPresent()) {
            var name = UUID.randomUUID() + "." + extension.get();
            store(name, bytes(photo));
            management.addPhoto(institution, resource, new Photo(URL_PREFIX + name, altText.strip()));
            return "redirect:/console/resources/" + id + "/edit?photoAdded#photos";
        }
        var settings = editing.read(institution, resource).orElseThrow(ConsoleResourcePages::notFound);
        model.addAttribute("photoErrors", errors.in(messages));
        model.addAttribute("photoAlt", altText);
        return pages.formPage(institution, settings, ConsoleResourceForm.of(settings), Map.of(), model);
    }

    @PostMapping("/console/resources/{id}/photos/{position}/delete")
    String delete(Caller caller, @PathVariable String id, @PathVariable String position) {
        var institution = ConsoleHome.institutionOf(caller);
        var resource = pages.own(institution, id);
        var removed = PathIds.parse(position)
                .filter(n -> n < MAX_PHOTOS * 10L)
                .flatMap(n -> management.removePhoto(institution, resource, n.intValue()))
                .orElseThrow(ConsoleResourcePages::notFound);
        if (removed.url().startsWith(URL_PREFIX)) {
            try {
                Files.deleteIfExists(directory.resolve(
                        Path.of(removed.url().substring(URL_PREFIX.length())).getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "redirect:/console/resources/" + id + "/edit?photoRemoved#photos";
    }

    /** The file's type by its first bytes (its magic number), whatever its name says. */
    static Optional<String> imageType(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpg");
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("png");
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int n = 0; n < expected.length; n++) {
            if ((bytes[offset + n] & 0xFF) != expected[n]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void store(String name, byte[] content) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
