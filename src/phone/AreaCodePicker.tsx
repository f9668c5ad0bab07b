import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AreaCodeDefinition, CountryCodes } from '../api/schemas';
import { useLocale, useT } from '../i18n/use-t';
import { areaName, isPreferred, searchAreaCodes, sortAreaCodes } from './area-codes';

interface AreaCodePickerProps {
  codes: CountryCodes;
  selected: AreaCodeDefinition;
  onSelect: (definition: AreaCodeDefinition) => void;
}

/**
 * A button showing `+852` that opens a modal dialog with a search box (combobox) over the list of
 * the tenant's area codes. The native <dialog> traps focus and closes on Escape; focus returns to
 * the button.
 */
export function AreaCodePicker({ codes, selected, onSelect }: AreaCodePickerProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const sorted = useMemo(() => sortAreaCodes(codes, locale), [codes, locale]);
  const results = useMemo(() => searchAreaCodes(sorted, query, locale), [sorted, query, locale]);
  const optionId = (d: AreaCodeDefinition) => `${id}-opt-${d.countryCode}`;
  const activeOption = results[Math.min(active, results.length - 1)];

  useEffect(() => {
    const element = dialog.current;
    if (!open || !element) return;
    // showModal focuses the first button (Close); the search box is where the user starts. It is
    // not on the support matrix's oldest engines: emulated there (ui/modal-emulation.ts).
    if (element.showModal) {
      element.showModal();
      search.current?.focus();
    } else void import('../ui/modal-emulation').then((emulation) => emulation.emulateModal(element, search.current));
  }, [open]);

  useEffect(() => {
    if (!open || !activeOption) return;
    document.getElementById(optionId(activeOption))?.scrollIntoView({ block: 'nearest' });
  });

  const openPicker = () => {
    setQuery('');
    setActive(Math.max(0, sorted.indexOf(selected)));
    setOpen(true);
  };
  const close = () => {
    dialog.current?.close();
  };
  const choose = (definition: AreaCodeDefinition) => {
    onSelect(definition);
    close();
  };
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + 8, PageUp: active - 8 };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(results.length - 1, next)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeOption) choose(activeOption);
    }
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="area-code-button"
        id={`${id}-button`}
        aria-haspopup="dialog"
        aria-label={t('phone.areaCode.button', { name: areaName(selected, locale), code: selected.areaCode })}
        onClick={openPicker}
      >
        <span aria-hidden="true">+{selected.areaCode}</span>
        <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      {open && (
        <dialog
          ref={dialog}
          className="picker"
          aria-labelledby={`${id}-title`}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
          onClick={(event) => {
            // Only the backdrop is the dialog element itself: the content sits in .picker-body.
            if (event.target === dialog.current) close();
          }}
        >
          <div className="picker-body">
            <div className="picker-head">
              <h2 id={`${id}-title`} className="picker-title">
                {t('phone.picker.title')}
              </h2>
              <button type="button" className="picker-close" aria-label={t('common.close')} onClick={close}>
                <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 18 18">
                  <path d="M3 3l12 12M15 3L3 15" stroke="currentColor" strokeWidth="2" />
                </svg>
              </button>
            </div>
            <label className="field-label" htmlFor={`${id}-search`}>
              {t('phone.picker.search')}
            </label>
            <input
              ref={search}
              id={`${id}-search`}
              className="field-input picker-search"
              type="search"
              role="combobox"
              aria-expanded="true"
              aria-controls={`${id}-list`}
              aria-autocomplete="list"
              aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
              autoComplete="off"
              value={query}
              onChange={(event) => {
                setQuery(event.currentTarget.value);
                setActive(0);
              }}
              onKeyDown={onSearchKey}
            />
            <p className={results.length === 0 ? 'picker-empty' : 'visually-hidden'} role="status">
              {results.length === 0
                ? t('phone.picker.empty')
                : t(results.length === 1 ? 'phone.picker.countOne' : 'phone.picker.count', { count: results.length })}
            </p>
            <ul id={`${id}-list`} className="picker-list" role="listbox" aria-labelledby={`${id}-title`}>
              {results.map((d, index) => (
                <li
                  key={d.countryCode}
                  id={optionId(d)}
                  role="option"
                  aria-selected={index === active}
                  className={[
                    'picker-option',
                    index === active ? 'is-active' : '',
                    d === selected ? 'is-current' : '',
                  ].join(' ')}
                  onClick={() => choose(d)}
                  onPointerMove={() => setActive(index)}
                >
                  <span className="picker-name">{areaName(d, locale)}</span>
                  {isPreferred(d, codes.preferredAreaCode) && <span className="picker-badge">{t('phone.picker.preferred')}</span>}
                  <span className="picker-code">+{d.areaCode}</span>
                </li>
              ))}
            </ul>
          </div>
        </dialog>
      )}
    </>
  );
}
