import { randomUUID } from 'node:crypto';
import type { Institution } from '../../src/contract';
import type { InstitutionInput } from '../../src/contract/centre-config';
import type { Queryable } from '../store/store';

const columns = `id, name_zh as "nameZh", name_en as "nameEn", area_code as "areaCode", phone, address, hours, services, retired`;

/** Every institution, retired ones too: a record that named one still shows its name. */
export function loadInstitutions(db: Queryable): Promise<Institution[]> {
  return db.query<Institution>(`select ${columns} from institutions order by retired, area_code, id`);
}

export async function loadInstitution(db: Queryable, id: string): Promise<Institution | undefined> {
  const [row] = await db.query<Institution>(`select ${columns} from institutions where id = $1`, [id]);
  return row;
}

/** An admin's institution is marked edited, so the start's seeding never writes over it. */
export async function createInstitution(db: Queryable, input: InstitutionInput): Promise<Institution> {
  const id = `inst-${randomUUID().slice(0, 8)}`;
  await db.query(
    `insert into institutions (id, name_zh, name_en, area_code, phone, address, hours, services, retired, edited_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
    [id, input.nameZh, input.nameEn, input.areaCode, input.phone, input.address, input.hours, input.services, input.retired],
  );
  return { id, ...input };
}

export async function updateInstitution(db: Queryable, id: string, input: InstitutionInput): Promise<void> {
  await db.query(
    `update institutions set name_zh = $2, name_en = $3, area_code = $4, phone = $5, address = $6, hours = $7,
            services = $8, retired = $9, edited_at = now()
      where id = $1`,
    [id, input.nameZh, input.nameEn, input.areaCode, input.phone, input.address, input.hours, input.services, input.retired],
  );
}
