package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.media.service.UnsavedUploads;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.testing.Http11;
import dev.vitrine.testing.MovableClock;
import dev.vitrine.testing.RunAsAdmin;
import dev.vitrine.testing.RunAsEditor;
import dev.vitrine.testing.TestImages;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploaded pictures inside Payara Micro: nobody but staff sees one before a save shows it, a picture an
 * edit replaced is hidden again and deleted after a day, one still shown elsewhere is kept, and a
 * decompression bomb is refused from its header without being decoded.
 */
@ExtendWith(ArquillianExtension.class)
class UnsavedUploadsIT {

    @Inject
    RunAsEditor asEditor;

    /** Deleting for good is an admin's. */
    @Inject
    RunAsAdmin asAdmin;

    @Inject
    MediaStore media;

    @Inject
    UnsavedUploads unsaved;

    @Inject
    ArticleEditService articles;

    @Inject
    CategoryService categories;

    @Inject
    MovableClock clock;

    /** The request that runs the test: it came to this server, whose port it names. */
    @Inject
    HttpServletRequest runnerRequest;

    private final HttpClient http = Http11.client();

    private String base;
    private Category category;
    private Article article;

    @BeforeEach
    void setUp() throws Exception {
        base = "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
        category = asEditor.call(() -> categories.save(new Category(ItemKind.ARTICLE, "上传 " + unique(), "", 0)));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (article != null) {
            asAdmin.call(() -> {
                articles.moveToBin(article.getId());
                articles.deleteForever(article.getId());
                return null;
            });
        }
        asEditor.call(() -> {
            categories.delete(category.getId(), null);
            return null;
        });
    }

    @Test
    void anUploadIsServedToVisitorsOnlyOnceASaveShowsIt() throws Exception {
        String cover = upload();
        assertEquals(404, status(cover), "uploaded, not saved: hidden");
        assertEquals(404, status(MediaStore.thumbnailOf(cover)), "its thumbnail too");

        Article draft = new Article(category, "", "Cover test " + unique());
        draft.setCoverPath(cover);
        article = asEditor.call(() -> articles.save(draft));
        assertEquals(200, status(cover), "saved: public");
        assertEquals(200, status(MediaStore.thumbnailOf(cover)));
    }

    @Test
    void aReplacedPictureIsHiddenAndDeletedAfterADayUnlessSomethingStillShowsIt() throws Exception {
        String first = upload();
        String inBody = upload();
        Article draft = new Article(category, "", "Replaced cover " + unique());
        draft.setCoverPath(first);
        draft.setBody("<p>Look:</p><img src=\"/media/" + inBody + "\" alt=\"\">");
        article = asEditor.call(() -> articles.save(draft));
        assertEquals(200, status(first));
        assertEquals(200, status(inBody), "a picture in the body is claimed too");

        String second = upload();
        Article edited = asEditor.call(() -> articles.get(article.getId()));
        edited.setCoverPath(second);
        article = asEditor.call(() -> articles.save(edited));
        assertEquals(200, status(second));
        assertEquals(200, status(inBody), "still in the body");
        // The first cover is in the first revision, which a restore would bring back: kept and shown.
        assertTrue(unsaved.isPublic(first), "kept for the revision history");

        String neverSaved = upload();
        clock.moveAhead(UnsavedUploads.GRACE.plusHours(1));
        String recent = upload();
        assertTrue(asEditor.call(unsaved::sweep) >= 1, "the day-old unsaved picture goes");
        assertFalse(media.find(neverSaved).isPresent(), "deleted");
        assertFalse(media.find(MediaStore.thumbnailOf(neverSaved)).isPresent(), "with its thumbnail");
        assertTrue(media.find(recent).isPresent(), "an upload of a form still open stays");
        assertTrue(media.find(second).isPresent());
        assertEquals(404, status(recent));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        byte[] bomb = TestImages.pngOfZeros(20_000, 20_000);
        long heapBefore = usedHeap();
        BusinessException refused =
                assertThrows(BusinessException.class, () -> asEditor.call(() -> media.storeUpload("covers", bomb)));
        assertEquals("upload.tooManyPixels", refused.getMessageKey());
        assertTrue(usedHeap() - heapBefore < 200L * 1024 * 1024, "no gigapixel image was made");
    }

    // ---- helpers

    private String upload() throws Exception {
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, UUID.randomUUID().hashCode());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        return asEditor.call(() -> media.storeUpload("covers", png.toByteArray()));
    }

    private int status(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/media/" + path))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
