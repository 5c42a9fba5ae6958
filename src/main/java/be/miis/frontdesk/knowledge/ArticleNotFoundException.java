package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.NotFoundException;

public class ArticleNotFoundException extends NotFoundException {

    private ArticleNotFoundException(String message) {
        super(message);
    }

    public static ArticleNotFoundException forId(long id) {
        return new ArticleNotFoundException("No FAQ article " + id);
    }
}
