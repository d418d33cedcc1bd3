import { parseMessage, type Message } from '@/lib/messages';

type MessageType = Message['type'];
type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export type Sender = Browser.runtime.MessageSender;

/**
 * What the background does with one type of message. A returned value (or promise) is the reply: the
 * polyfill sends a returned promise's value back to the sender.
 */
export type MessageHandler<T extends MessageType> = (message: MessageOf<T>, sender: Sender) => unknown;

/**
 * Every message type, with the background's handler or null where another context answers it: adding a
 * message to lib/messages.ts does not compile until this table says who handles it.
 */
export type MessageHandlers = { [T in MessageType]: ((message: MessageOf<T>, sender: Sender) => unknown) | null };

/**
 * Parses a message once and hands it to its type's handler. Messages that are not ours, and types
 * the background does not answer, get undefined: the sender sees no reply, and other listeners in
 * the extension's pages may still answer.
 */
export function routeMessage(handlers: Partial<MessageHandlers>, raw: unknown, sender: Sender): unknown {
  const message = parseMessage(raw);
  if (!message) return undefined;
  const handler = handlers[message.type] as MessageHandler<MessageType> | null | undefined;
  return handler ? handler(message, sender) : undefined;
}

/** The background's one `runtime.onMessage` listener. */
export function listenForMessages(handlers: Partial<MessageHandlers>): void {
  browser.runtime.onMessage.addListener((raw, sender) => routeMessage(handlers, raw, sender));
}

export type CommandHandlers = Readonly<Record<string, (tab: Browser.tabs.Tab | undefined) => unknown>>;

/**
 * The background's one `commands.onCommand` listener, keyed by the command names the manifest declares
 * (wxt.config.ts). Firefox for Android has no `commands` API: there nothing is registered.
 */
export function listenForCommands(handlers: CommandHandlers): void {
  if (!hasCommands()) return;
  browser.commands.onCommand.addListener((command, tab) => void handlers[command]?.(tab));
}

/**
 * Firefox for Android has no keyboard shortcuts and no `commands` API at all: there a person taps a
 * highlight for its card, and the options page switches a site off.
 */
export function hasCommands(): boolean {
  return (browser as Partial<typeof browser>).commands?.onCommand !== undefined;
}
