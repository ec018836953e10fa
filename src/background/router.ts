/**
 * The one runtime-message listener: checks who sent a message and what it looks like before any
 * handler sees it. Anything unexpected gets no answer at all (the sender's promise fails), so a
 * forged message learns nothing.
 */
import type { Args, BackgroundApi, Result } from '../platform/messages.js';
import { parseCall } from './message-schemas.js';
import { classifySender, mayCall, type MessageSender, type Self, type SenderInfo } from './senders.js';

type ContentSender = Extract<SenderInfo, { kind: 'content' }>;

/** Each call's handler, told who called (content calls get the frame the browser vouches for). */
export type Handlers = {
  [K in keyof BackgroundApi]: (
    args: Args<BackgroundApi, K>,
    sender: K extends 'scan' | 'explainHit' | 'reportFrame' ? ContentSender : SenderInfo,
  ) => Promise<Result<BackgroundApi, K>>;
};

export function createMessageListener(self: Self, handlers: Handlers) {
  return (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    const from = classifySender(sender, self);
    if (!from) return undefined;
    const call = parseCall(message);
    if (!call || !mayCall(from, call.type)) return undefined;
    const handler = handlers[call.type] as (args: unknown, sender: SenderInfo) => Promise<unknown>;
    return handler(call.args, from);
  };
}
