import { createHash, timingSafeEqual } from 'node:crypto';
import type { HandoffPacket, HandoffView } from '../../src/contract';
import type { Queryable } from '../store/store';

export interface HandoffRow {
  id: string;
  contactId: string;
  tokenHash: string;
  packet: HandoffPacket;
  createdAt: Date;
  centreAreaCode: string | null;
  counsellorName: string;
}

export function tokenHashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Both sides are sha256 hex digests, so they have equal lengths and the time taken says nothing. */
export function sameTokenHash(given: string, stored: string): boolean {
  const a = Buffer.from(given, 'hex');
  const b = Buffer.from(stored, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function loadHandoff(db: Queryable, id: string): Promise<HandoffRow | undefined> {
  const [row] = await db.query<HandoffRow>(
    `select h.id, h.contact_id as "contactId", h.token_hash as "tokenHash", h.packet, h.created_at as "createdAt",
            c.centre_area_code as "centreAreaCode", s.display_name as "counsellorName"
       from handoffs h join contacts c on c.id = h.contact_id join staff s on s.id = c.counsellor_id
      where h.id = $1`,
    [id],
  );
  return row;
}

export function toHandoffView(row: HandoffRow): HandoffView {
  return {
    ...row.packet,
    id: row.id,
    contactId: row.contactId,
    createdAt: row.createdAt.toISOString(),
    centreAreaCode: row.centreAreaCode,
    counsellorName: row.counsellorName,
  };
}
