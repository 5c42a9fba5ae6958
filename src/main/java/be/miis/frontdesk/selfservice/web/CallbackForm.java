package be.miis.frontdesk.selfservice.web;

import org.jspecify.annotations.Nullable;

/**
 * The portal's call-back form as typed, kept whole to show it again with its errors (nothing typed is lost).
 * {@code website} is the honeypot: hidden from people, filled by scripts.
 */
class CallbackForm {

    private String phone = "";
    private String name = "";
    private String organisation = "";
    private String email = "";
    private String language = "";
    private String slot = "";
    private String question = "";
    private String website = "";
    private String token = "";
    /** Kept as text: a mangled value is forgotten, never a binding error. */
    private String article = "";

    public String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation == null ? "" : organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null ? "" : language;
    }

    public String getSlot() {
        return slot;
    }

    public void setSlot(@Nullable String slot) {
        this.slot = slot == null ? "" : slot;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(@Nullable String question) {
        this.question = question == null ? "" : question;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website == null ? "" : website;
    }

    public String getToken() {
        return token;
    }

    public void setToken(@Nullable String token) {
        this.token = token == null ? "" : token;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(@Nullable String article) {
        this.article = article == null ? "" : article;
    }

    /** The article's id, if the field holds one. */
    @Nullable
    Long articleId() {
        return article.matches("\\d{1,18}") ? Long.valueOf(article) : null;
    }
}
