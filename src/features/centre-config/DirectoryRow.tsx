import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, SelectField, TextField, translateValidation } from '../../components';
import { transferTargetKinds, type TransferDirectory } from '../../contract';

/** One entry of the directory being edited: who it reaches, how, and where it stands in the list. */
export function DirectoryRow({ index, count, onMove, onRemove }: { index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const { register, formState, control } = useFormContext<TransferDirectory>();
  const errors = formState.errors.targets?.[index];
  const [nameZh, nameEn] = useWatch({ control, name: [`targets.${index}.nameZh`, `targets.${index}.nameEn`] });
  const name = (i18n.language.startsWith('en') ? nameEn : nameZh) || t('adminConfig.directory.newEntry');
  const error = (message: string | undefined) => translateValidation(t, message);
  const kinds = transferTargetKinds.map((kind) => ({ value: kind, label: t(`adminConfig.directory.kinds.${kind}`) }));
  return (
    <li>
      <fieldset className="grid grid-cols-2 items-end gap-2 rounded-md border border-slate-200 p-3 md:grid-cols-3">
        <legend className="px-1 font-semibold text-slate-800">{`${index + 1}. ${name}`}</legend>
        <TextField label={t('adminConfig.directory.id')} error={error(errors?.id?.message)} {...register(`targets.${index}.id`)} />
        <SelectField label={t('adminConfig.directory.kind')} options={kinds} {...register(`targets.${index}.kind`)} />
        <TextField label={t('adminConfig.nameZh')} error={error(errors?.nameZh?.message)} {...register(`targets.${index}.nameZh`)} />
        <TextField label={t('adminConfig.nameEn')} error={error(errors?.nameEn?.message)} {...register(`targets.${index}.nameEn`)} />
        <TextField
          label={t('adminConfig.directory.number')}
          inputMode="numeric"
          hint={t('adminConfig.directory.numberHint')}
          error={error(errors?.number?.message)}
          {...register(`targets.${index}.number`)}
        />
        <div>
          <Checkbox label={t('adminConfig.directory.emergency')} {...register(`targets.${index}.emergency`)} />
          {errors?.emergency && <p className="text-sm text-red-700">{error(errors.emergency.message)}</p>}
        </div>
        <div className="flex flex-wrap gap-1">
          <Button tone="quiet" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`${t('adminConfig.moveUp')}：${name}`}>
            ↑
          </Button>
          <Button tone="quiet" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`${t('adminConfig.moveDown')}：${name}`}>
            ↓
          </Button>
          <Button tone="secondary" onClick={onRemove} aria-label={`${t('adminConfig.remove')}：${name}`}>
            {t('adminConfig.remove')}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
