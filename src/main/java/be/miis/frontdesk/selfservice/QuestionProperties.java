package be.miis.frontdesk.selfservice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings of the question form and the status link (docs/portal.md, "Asking a question", "Status link"), beside
 * {@link PortalProperties} under the same prefix.
 *
 * @param statusLinkDays how long the private status link of a question works, counted from the question
 * @param questionsPerHour questions accepted from one IP address in a sliding hour
 * @param questionsPerAddress questions accepted for one e-mail address in a sliding day
 * @param attachmentMaxSize the largest attachment the form accepts; the mail module's own cap on attachments
 *     ({@code frontdesk.mail.attachments.max-size}) applies too, and must stay under the servlet's multipart limit
 *     ({@code spring.servlet.multipart.max-file-size}) for the form to say so instead of failing the upload
 */
@ConfigurationProperties("frontdesk.portal")
public record QuestionProperties(
        @DefaultValue("90") int statusLinkDays,
        @DefaultValue("10") int questionsPerHour,
        @DefaultValue("5") int questionsPerAddress,
        @DefaultValue("10MB") DataSize attachmentMaxSize) {}
