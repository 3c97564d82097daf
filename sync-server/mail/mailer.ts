// Outgoing mail of the service (owner notices): through SMTP with nodemailer when POS_SMTP_URL is set,
// otherwise the mail is written to the log, so a deployment without SMTP still shows what it would send.
import nodemailer from 'nodemailer';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  /** Resolves once the SMTP server took the mail (or it was logged); rejects when SMTP refused it. */
  send(mail: Mail): Promise<void>;
  close(): void;
}

export type MailLog = (message: string, details: Record<string, unknown>) => void;

/** An SMTP mailer for `smtpUrl` (smtp://user:pass@host:port, smtps://… for TLS), or one that logs. */
export function createMailer(options: { smtpUrl?: string | undefined; from: string; log: MailLog }): Mailer {
  if (!options.smtpUrl) {
    return {
      async send(mail) {
        options.log('mail not sent (POS_SMTP_URL is not set); its content follows', { from: options.from, ...mail });
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}
