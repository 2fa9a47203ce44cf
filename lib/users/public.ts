// What other domains use of accounts: the username rule (lib/county creates county accounts with it).
export { Username } from "@/lib/users/schema";
