import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

interface ModalProps {
  className: string;
  labelledBy: string;
  /** Escape, and a press on the mask when `closeOnMask`. */
  onDismiss: () => void;
  closeOnMask?: boolean;
  children: ReactNode;
}

/**
 * A modal `<dialog>` (focus kept inside, Escape, the rest of the page inert), open while mounted.
 * Focus returns to where it was when it closes.
 */
export function Modal({ className, labelledBy, onDismiss, closeOnMask = false, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const unmounting = useRef(false);
  useEffect(() => {
    unmounting.current = false;
    const opener = document.activeElement;
    const element = dialog.current;
    // Not on the support matrix's oldest engines: emulated there (modal-emulation.ts).
    if (element?.showModal) element.showModal();
    else if (element) void import('./modal-emulation').then((emulation) => emulation.emulateModal(element));
    return () => {
      unmounting.current = true;
      // Without close() until the emulation, if any, has arrived.
      element?.close?.();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    // A click on the dialog element itself, outside its box, is a click on the mask (::backdrop).
    if (!closeOnMask || event.target !== dialog.current) return;
    const box = dialog.current.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) onDismiss();
  };
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      onClick={onClick}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      // A close request the page could not cancel (a repeated Escape): treated as a dismissal, so the
      // page never keeps a closed dialog it believes open.
      onClose={() => {
        if (!unmounting.current) onDismiss();
      }}
    >
      {children}
    </dialog>
  );
}
