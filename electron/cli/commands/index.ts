// Every built-in command, in help order. A new command is one module and one line here.
import { registerCommand, type Command } from '../registry';
import { apiCommand } from './api';
import { categoriesCommand } from './categories';
import { couponsCommand } from './coupons';
import { invoicesCommand } from './invoices';
import { inquiriesCommand } from './inquiries';
import { ipCommand } from './ip';
import { ordersCommand } from './orders';
import { pingCommand } from './ping';
import { productsCommand } from './products';
import { returnsCommand } from './returns';
import { sandboxCommand } from './sandbox';
import { settlementCommand } from './settlement';

export const builtinCommands: Command[] = [sandboxCommand, pingCommand, ipCommand, apiCommand, categoriesCommand, productsCommand, ordersCommand, returnsCommand, couponsCommand, invoicesCommand, inquiriesCommand, settlementCommand];

let registered = false;

export function registerBuiltinCommands(): void {
  if (registered) return;
  registered = true;
  for (const c of builtinCommands) registerCommand(c);
}
