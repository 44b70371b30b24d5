import { QueryClient } from '@tanstack/react-query';
import { shouldRetry } from '../data/fetchers.ts';

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
    },
  });
