package be.miis.frontdesk.shared.web;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload form of a CSV import (organisations, tickets), the same way for both: no file goes back to the form
 * with a message; a file starts the import and leads to its report, which shows the progress (docs/imports.md).
 */
public final class ImportUpload {

    private ImportUpload() {}

    /** Starts an import of the uploaded file under its own name and returns its id. */
    @FunctionalInterface
    public interface Start {
        long start(String fileName) throws IOException;
    }

    /**
     * The view after an upload to the import page at {@code page}: back to it with {@code noFileKey} when no file
     * came, else the report of the import {@code start} started, at {@code page}/id.
     */
    public static String start(
            MultipartFile file, String page, String noFileKey, RedirectAttributes redirect, Start start)
            throws IOException {
        if (file.isEmpty()) {
            Flash.error(redirect, noFileKey);
            return "redirect:" + page;
        }
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        return "redirect:" + page + "/" + start.start(name);
    }
}
