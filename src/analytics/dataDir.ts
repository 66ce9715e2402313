/** Where the analytics file lives when DATA_DIR is not set: `./data`, beside the knowledge folder. */
export const DEFAULT_DATA_DIR = './data';
