-- Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d/).
-- Database per service: each service uses the database named after it (shared/settings.py).
CREATE DATABASE asset_core;
CREATE DATABASE dispatch;
CREATE DATABASE reward;
CREATE DATABASE mediation;
CREATE DATABASE police;
CREATE DATABASE procuratorate;
