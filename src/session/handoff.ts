import { create } from 'zustand';
import type { Handoff } from './delivery';

/** The last result handed to a host, for the page that says so. Memory only: no tokens in it. */
export const useHandoff = create<{ handoff: Handoff | undefined }>()(() => ({ handoff: undefined }));
