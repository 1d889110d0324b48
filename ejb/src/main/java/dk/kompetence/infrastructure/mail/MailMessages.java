package dk.kompetence.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;

/**
 * Outbox messages as mails. A calendar message is multipart/alternative: the text, then the
 * event as text/calendar with the iTIP method in the content type, which is how Outlook and
 * Google Calendar recognise an invitation, an update or a cancellation and show its buttons.
 */
final class MailMessages {

    private MailMessages() {
    }

    /** From: the mail session's configured sender (mail.from), the organizer named in the invitations. */
    static MimeMessage compose(Session session, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.calendar() == null) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), StandardCharsets.UTF_8.name());
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.calendar().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + mail.method().name())));
            MimeMultipart alternative = new MimeMultipart("alternative", text, calendar);
            message.setContent(alternative);
            message.setHeader("Content-Class", "urn:content-classes:calendarmessage");
        }
        message.saveChanges();
        return message;
    }
}
