-- One database per service: no service reads another's tables.
CREATE DATABASE sammen_plans;
CREATE DATABASE sammen_referrals;
CREATE DATABASE sammen_offers;
CREATE DATABASE sammen_analytics;
