/**
 * A small SMTP server over `net` for tests and the mail benchmark, scripted per message: it can
 * accept, refuse (4xx, 5xx), hang at the greeting, hang after the data, or drop the connection
 * after taking a message. It speaks just enough SMTP for nodemailer: EHLO/HELO, MAIL, RCPT, DATA
 * (with dot-unstuffing), RSET, NOOP, QUIT.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export type SinkBehaviour =
  | 'accept'
  /** 451 after the data: try again later. */
  | 'refuse-4xx'
  /** 554 after the data: never. */
  | 'refuse-5xx'
  /** 550 to RCPT TO: no such mailbox. */
  | 'refuse-recipient'
  /** Never says hello. */
  | 'hang-greeting'
  /** Takes the data and never answers it. */
  | 'hang-after-data'
  /** Takes the message (it is delivered) and drops the connection before answering. */
  | 'drop-after-accept';

export interface SunkMessage {
  from: string;
  to: string[];
  data: string;
  messageId: string | null;
  subject: string | null;
  /** The `X-Tehostamo-Kind` header. */
  kind: string | null;
  at: number;
}

export interface SmtpSink {
  url: string;
  port: number;
  /** Messages the sink took (accepted, or taken before a drop). */
  messages: SunkMessage[];
  /** Every message whose data arrived, whatever the answer. */
  seen: SunkMessage[];
  /** Connections opened so far. */
  connections: number;
  /** What to do with the next connection (greeting) and with each message; `accept` by default. */
  behaviour: (message: { n: number; kind: string | null }) => SinkBehaviour;
  greeting: () => 'greet' | 'hang-greeting';
  /** Resolves once `n` messages have been taken. */
  waitFor(n: number): Promise<void>;
  close(): Promise<void>;
}

function header(data: string, name: string): string | null {
  const head = data.split(/\r\n\r\n/, 1)[0] ?? '';
  const m = new RegExp(`^${name}:[ \\t]*(.*(?:\\r\\n[ \\t].*)*)`, 'im').exec(head);
  return m ? m[1]!.replace(/\r\n[ \t]/g, ' ').trim() : null;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const sockets = new Set<net.Socket>();
  const waiters: { n: number; resolve: () => void }[] = [];
  let count = 0;
  const sink: SmtpSink = {
    url: '',
    port: 0,
    messages: [],
    seen: [],
    connections: 0,
    behaviour: () => 'accept',
    greeting: () => 'greet',
    waitFor(n) {
      if (sink.messages.length >= n) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const took = (message: SunkMessage) => {
    sink.messages.push(message);
    for (const w of waiters.splice(0)) {
      if (sink.messages.length >= w.n) w.resolve();
      else waiters.push(w);
    }
  };

  const server = net.createServer((socket) => {
    sink.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.setNoDelay(true);
    if (sink.greeting() === 'hang-greeting') return;
    socket.write('220 sink.test ESMTP\r\n');
    let buffer = '';
    let inData = false;
    let from = '';
    let to: string[] = [];
    let data: string[] = [];
    const reply = (line: string) => {
      if (!socket.destroyed) socket.write(`${line}\r\n`);
    };
    const onLine = (line: string) => {
      if (inData) {
        if (line === '.') {
          inData = false;
          const body = data.join('\r\n');
          const kind = header(body, 'X-Tehostamo-Kind');
          const behaviour = sink.behaviour({ n: ++count, kind });
          const message: SunkMessage = {
            from,
            to,
            data: body,
            messageId: header(body, 'Message-ID'),
            subject: header(body, 'Subject'),
            kind,
            at: Date.now(),
          };
          data = [];
          sink.seen.push(message);
          switch (behaviour) {
            case 'refuse-4xx':
              return reply('451 4.3.0 try again later');
            case 'refuse-5xx':
              return reply('554 5.6.0 message refused');
            case 'hang-after-data':
              return;
            case 'drop-after-accept':
              took(message);
              socket.destroy();
              return;
            default:
              took(message);
              return reply('250 2.0.0 OK queued');
          }
        }
        data.push(line.startsWith('..') ? line.slice(1) : line);
        return;
      }
      const verb = line.slice(0, 4).toUpperCase();
      switch (verb) {
        case 'EHLO':
          return reply('250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8');
        case 'HELO':
          return reply('250 sink.test');
        case 'MAIL':
          from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          to = [];
          return reply('250 2.1.0 OK');
        case 'RCPT': {
          const rcpt = /<([^>]*)>/.exec(line)?.[1] ?? '';
          if (sink.behaviour({ n: count + 1, kind: null }) === 'refuse-recipient') {
            count++;
            return reply('550 5.1.1 no such mailbox');
          }
          to.push(rcpt);
          return reply('250 2.1.5 OK');
        }
        case 'DATA':
          inData = true;
          return reply('354 go ahead');
        case 'RSET':
          from = '';
          to = [];
          return reply('250 2.0.0 OK');
        case 'NOOP':
          return reply('250 2.0.0 OK');
        case 'QUIT':
          reply('221 2.0.0 bye');
          socket.end();
          return;
        default:
          return reply('502 5.5.2 unknown command');
      }
    };
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        onLine(line);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  sink.port = (server.address() as AddressInfo).port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  return sink;
}
