package dev.vitrine.shared;

/**
 * Implemented by each feature that shows stored pictures: whether anything it keeps still shows one. Asked
 * before a picture nothing claimed is deleted, or hidden from the public.
 */
public interface MediaReferences {

    boolean shows(String path);
}
