package be.miis.frontdesk.identity.web;

class ResetPasswordForm {

    private String newPassword = "";

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
