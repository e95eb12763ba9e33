import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface SinkMessage {
  to: string[];
  mail: ParsedMail;
}

/**
 * A real SMTP server on a free local port that keeps what it accepts, parsed. `refuse` answers the
 * DATA of a message with an error (the mail server saying no); `beforeAccept` runs before a message
 * is accepted (a test kills a worker there, or waits).
 */
export class SmtpSink {
  readonly received: SinkMessage[] = [];
  /** Messages whose DATA arrived, accepted or not. */
  offered = 0;
  refuse: false | string = false;
  beforeAccept: ((offered: number) => Promise<void> | void) | null = null;
  private server!: SMTPServer;
  port = 0;

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      // No reverse DNS lookup of each client: it costs a lookup per connection on a machine with no resolver.
      disableReverseLookup: true,
      logger: false,
      onData: (stream, session, callback) => {
        const offered = ++this.offered;
        simpleParser(stream)
          .then(async (mail) => {
            await this.beforeAccept?.(offered);
            if (this.refuse) {
              const error = new Error(this.refuse) as Error & { responseCode: number };
              error.responseCode = 451;
              callback(error);
              return;
            }
            this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  /** How many times each Message-ID arrived. */
  countsByMessageId() {
    const counts = new Map<string, number>();
    for (const { mail } of this.received) counts.set(mail.messageId ?? "", (counts.get(mail.messageId ?? "") ?? 0) + 1);
    return counts;
  }

  clear() {
    this.received.length = 0;
    this.offered = 0;
    this.refuse = false;
    this.beforeAccept = null;
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
