package dev.vitrine.site.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoImagesTest {

    @ParameterizedTest
    @EnumSource(DemoImages.Motif.class)
    void drawsAPngOfTheAskedSize(DemoImages.Motif motif) throws IOException {
        byte[] png = DemoImages.draw(motif, new Color(0x2b6cb0), 240);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(240, image.getWidth());
        assertEquals(240, image.getHeight());
        assertEquals(0x89, png[0] & 0xff, "PNG signature");
    }
}
