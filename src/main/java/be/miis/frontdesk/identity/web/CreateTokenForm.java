package be.miis.frontdesk.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

class CreateTokenForm {

    @NotBlank(message = "{identity.token.name.required}")
    @Size(max = 80, message = "{identity.token.name.size}")
    private String name = "";

    /** Empty means the token does not expire; integrations that run for years are common. */
    @Min(value = 1, message = "{identity.token.days.range}")
    @Max(value = 730, message = "{identity.token.days.range}")
    private @Nullable Integer validDays = 365;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(@Nullable Integer validDays) {
        this.validDays = validDays;
    }
}
