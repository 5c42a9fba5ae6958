-- The domains of the contact centre (docs/domain.md): categories of questions and, one to one by
-- default, the backoffice queues. Reference data that production needs too, hence a migration.
create table business_domain (
    code       varchar(32)  primary key,
    name_nl    varchar(120) not null,
    name_fr    varchar(120) not null,
    name_de    varchar(120) not null,
    name_en    varchar(120) not null,
    sort_order integer      not null,
    active     boolean      not null default true
);

insert into business_domain (code, name_nl, name_fr, name_de, name_en, sort_order) values
('RMI', 'Leefloon / recht op maatschappelijke integratie (RMI)', 'Revenu d''intégration / droit à l''intégration sociale (DIS)', 'Eingliederungseinkommen / Recht auf soziale Eingliederung', 'Integration income / right to social integration', 10),
('SOCIAL_AID', 'Maatschappelijke hulp (wet van 2 april 1965)', 'Aide sociale (loi du 2 avril 1965)', 'Sozialhilfe (Gesetz vom 2. April 1965)', 'Social assistance (law of 2 April 1965)', 20),
('HEATING_FUND', 'Sociaal Stookoliefonds', 'Fonds social chauffage', 'Sozialer Heizölfonds', 'Social heating oil fund', 30),
('ESF', 'Europees Sociaal Fonds', 'Fonds social européen', 'Europäischer Sozialfonds', 'European Social Fund', 40),
('SOCIOCULTURAL', 'Socioculturele participatie', 'Participation socioculturelle', 'Soziokulturelle Teilhabe', 'Socio-cultural participation', 50),
('URBAN_POLICY', 'Grootstedenbeleid', 'Politique des grandes villes', 'Großstadtpolitik', 'Major cities policy', 60),
('SOCIAL_ECONOMY', 'Sociale economie', 'Économie sociale', 'Sozialwirtschaft', 'Social economy', 70),
('INFOSEC', 'Informatieveiligheid', 'Sécurité de l''information', 'Informationssicherheit', 'Information security', 80),
('INSPECTION', 'Inspectie / terugvorderingen', 'Inspection / récupérations', 'Inspektion / Rückforderungen', 'Inspection / recoveries', 90),
('OTHER', 'Andere', 'Autre', 'Sonstiges', 'Other', 100);
