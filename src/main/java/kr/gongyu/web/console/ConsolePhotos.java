package kr.gongyu.web.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import kr.gongyu.catalog.Photo;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.http.StaffScope;
import kr.gongyu.listing.ResourceEditing;
import kr.gongyu.web.FormErrors;
import kr.gongyu.web.FormText;
import kr.gongyu.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A resource's photos in the console: upload (JPEG or PNG, decoded and stored encoded anew by {@link PhotoImages};
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
    private final ResourceFormPage formPage;
    private final MessageSource messages;
    private final Path directory;

    ConsolePhotos(
            ResourceManagement management,
            ResourceEditing editing,
            ResourceFormPage formPage,
            MessageSource messages,
            @Value("${gongyu.photos.directory:./data/photos}") Path directory) {
        this.management = management;
        this.editing = editing;
        this.formPage = formPage;
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

    /** A photo sent with its text alternative (kept as typed, so that a mistake shows it again). */
    record PhotoForm(@Nullable MultipartFile photo, String altText) {

        PhotoForm {
            altText = FormText.sent(altText);
        }
    }

    @PostMapping("/console/resources/{id}/photos")
    String upload(StaffScope scope, @PathVariable String id, @ModelAttribute PhotoForm form, Model model) {
        var photo = form.photo();
        var altText = form.altText();
        var institution = scope.institution();
        var resource = formPage.own(institution, id);
        var errors = new FormErrors();
        var count = management
                .photos(institution, resource)
                .orElseThrow(ResourceFormPage::notFound)
                .size();
        PhotoImages.Encoded encoded = null;
        if (count >= MAX_PHOTOS) {
            errors.reject("photo", "console.photo.error.tooMany", MAX_PHOTOS);
        } else if (photo == null || photo.isEmpty()) {
            errors.reject("photo", "console.photo.error.missing");
        } else if (photo.getSize() > MAX_BYTES) {
            errors.reject("photo", "console.photo.error.tooLarge", MAX_BYTES / 1024 / 1024);
        } else {
            switch (PhotoImages.reencode(bytes(photo))) {
                case PhotoImages.Encoded picture -> encoded = picture;
                case PhotoImages.Refused refused -> errors.reject("photo", refused.messageKey());
            }
        }
        if (altText.isBlank() || altText.strip().length() > 200) {
            errors.reject("photoAlt", "console.photo.error.alt");
        }
        if (errors.isEmpty() && encoded != null) {
            var name = UUID.randomUUID() + "." + encoded.extension();
            store(name, encoded.content());
            management.addPhoto(institution, resource, new Photo(URL_PREFIX + name, altText.strip()));
            return "redirect:/console/resources/" + id + "/edit?photoAdded#photos";
        }
        var settings = editing.read(institution, resource).orElseThrow(ResourceFormPage::notFound);
        model.addAttribute("photoErrors", errors.in(messages));
        model.addAttribute("photoAlt", altText);
        return formPage.show(institution, settings, ConsoleResourceForm.of(settings), Map.of(), model);
    }

    @PostMapping("/console/resources/{id}/photos/{position}/delete")
    String delete(StaffScope scope, @PathVariable String id, @PathVariable String position) {
        var institution = scope.institution();
        var resource = formPage.own(institution, id);
        var removed = PathIds.parse(position)
                .filter(n -> n < MAX_PHOTOS * 10L)
                .flatMap(n -> management.removePhoto(institution, resource, n.intValue()))
                .orElseThrow(ResourceFormPage::notFound);
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
