import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import { EMAIL_PATTERN } from '../domain/rules.js';
import { logger } from '../logger.js';

export interface Mail {
  /** The outbox id, for log lines. */
  id: number;
  kind: string;
  to: string[];
  subject: string;
  text: string;
}

/** How the outbox worker hands a message on; tests pass a fake. Throws when the message was not accepted. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  close?(): void;
}

/** A line break or other control character (C0, DEL, and the Unicode line and paragraph separators). */
const hasControl = (text: string) =>
  [...text].some((c) => {
    const code = c.codePointAt(0)!;
    return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
  });
const ADDRESS = new RegExp(EMAIL_PATTERN);

/**
 * Why a message must not be sent, or undefined: a recipient that is not a plain e-mail address, or a
 * line break or other control character in a recipient or the subject, which could add headers
 * (Bcc: …) or recipients. Checked when a message is queued, again before it is sent, and by the
 * SMTP mailer itself, whatever the database holds.
 */
export function headerRefusal(mail: { to: readonly string[]; subject: string }): string | undefined {
  for (const address of mail.to) {
    if (hasControl(address)) return 'Refused: a recipient contains a line break or control character (mail header injection).';
    if (!ADDRESS.test(address)) return 'Refused: a recipient is not a plain e-mail address (name@example.org).';
  }
  if (hasControl(mail.subject)) return 'Refused: the subject contains a line break or control character (mail header injection).';
  return undefined;
}

/** Who answers a message of this kind (a team's address), or nobody. */
export type ReplyTo = string | ((kind: string) => string | undefined);

/** Sends through the SMTP server of `url` (smtp:// or smtps://, credentials in the URL). */
export function smtpMailer(url: string, from: string, replyTo?: ReplyTo): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      const refusal = headerRefusal(mail);
      if (refusal) throw new Error(refusal);
      const answeredBy = typeof replyTo === 'function' ? replyTo(mail.kind) : replyTo;
      await transport.sendMail({ from, to: mail.to, replyTo: answeredBy || undefined, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}

/** Without SMTP (development, demos): the message goes to the log, in full, and counts as sent. */
export const logMailer: Mailer = {
  async send(mail) {
    logger.info(
      { outbox: mail.id, kind: mail.kind, to: mail.to, subject: mail.subject, text: mail.text },
      'outbox: SMTP_URL is not set, so this message was logged instead of sent',
    );
  },
};

/** Replies go to the team the message is from: sponsorship messages to the sponsorship team, the others to the jobs team. */
export const teamReplyTo =
  (config: Pick<Config, 'jobsTeamEmail' | 'sponsorshipTeamEmail'>) =>
  (kind: string): string | undefined =>
    (kind.startsWith('sponsorship.') ? config.sponsorshipTeamEmail : config.jobsTeamEmail) || undefined;

export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'jobsTeamEmail' | 'sponsorshipTeamEmail'>): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom, teamReplyTo(config)) : logMailer;
}

/**
 * A sending error as it may be stored and logged: credentials in any URL are masked, as are
 * the given secrets (the SMTP URL's password), and the text is kept short.
 */
export function describeSendError(error: unknown, secrets: readonly (string | undefined)[] = []): string {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  let text = `${typeof code === 'string' ? `${code}: ` : ''}${message}`.replace(/\/\/[^\s/@]+@/g, '//***@');
  for (const secret of secrets) if (secret && secret.length >= 3) text = text.split(secret).join('***');
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}

/** The password of an SMTP URL, decoded, so it can be masked in error texts. */
export function smtpPassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const password = new URL(url).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}
