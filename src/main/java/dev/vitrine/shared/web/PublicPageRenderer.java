package dev.vitrine.shared.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers a request for a public page with its view (the page cache: rendered once, served from memory). */
public interface PublicPageRenderer {

    void render(String view, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException;
}
