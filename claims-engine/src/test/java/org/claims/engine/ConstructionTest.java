package org.claims.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claims.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sentence per construction the rules since rules/1.3.0 read: the measure and figure of each claim. */
class ConstructionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr|L'incendie a causé la mort de 14 personnes à Marrakech.|killed:14",
        "fr|Elles étaient près de 2 000 à défiler à Brest.|present:2000",
        "en|Five people died after two migrant shipwrecks off Crete.|killed:5",
        "fr|Selon la police, 6 000 personnes sont venues de toute la région pour participer à la manifestation.|present:6000",
        "en|A crowd taking part in the march clashed with police.|",
        "fr|Un policier a été tué et 11 autres ont été blessés.|killed:1,wounded:11",
        "en|A police officer was wounded in the clashes.|wounded:1",
        "en|An official said 12 people were killed.|killed:12",
        "en|Police detained three dozen protesters outside the embassy.|arrested:36",
        "en|The famine killed more than half a million people.|killed:500000",
        "fr|Un demi-million de personnes ont fui les combats.|displaced:500000",
        "en|Two people died when 40 Russian drones struck the port.|killed:2",
        "fr|Le bilan est passé ce matin de 12 à 31 morts.|killed:31",
        "fr|«Trois ingénieurs sont séquestrés», a précisé le ministre.|captured:3",
        "fr|Les secours ont retrouvé quatre personnes sans signes vitaux.|killed:4",
        "fr|Deux personnes sont mortes et cinq autres ont été intoxiquées.|killed:2,other:5",
        "en|Casualties: 31 killed; 58 injured; 4 missing.|killed:31,wounded:58,missing:4",
        "fr|Au moins 23 migrants ont trouvé la mort au large de Lampedusa.|killed:23",
        "fr|Le cyclone a entraîné la mort d'au moins 14 personnes.|killed:14",
        "en|The UN condemned the killing of 20 civilians in El Fasher.|killed:20",
        "en|At least 15 men were executed in Iran last week.|killed:15",
        "en|The bodies of 42 people have been found in the rubble.|killed:42",
        "en|The conflict has claimed at least 40,000 lives and displaced 12 million people.|killed:40000,displaced:12000000",
        "en|WAFA reported a death toll of 10.|killed:10",
        "en|The death toll from the earthquake is at 2,719, officials said.|killed:2719",
        "fr|Le Parlement a approuvé l'envoi de 200 soldats en Lettonie.|expected:200",
        "en|The German parliament approved the deployment of 700 soldiers to the Red Sea.|expected:700",
        "fr|Le ministère a recensé 875 interpellations en zone police et 153 en zone gendarmerie.|arrested:875,arrested:153",
        "en|Hurricane Michael killed six people in Virginia, along with eight in Florida.|killed:6,killed:8",
        "en|At least 31 soldiers and three army auxiliaries were killed on Monday.|killed:31,killed:3",
        "fr|Quarante-neuf personnes, dont quinze gendarmes et trente civils, ont été tuées.|killed:49,killed:15,killed:30",
        "fr|Le nombre de déplacés avoisine désormais les 90 000, selon l'ONU.|displaced:90000",
        "en|One person was arrested in Sunderland, police said.|arrested:1",
        "en|More than 400 health workers have been killed in Gaza.|killed:400",
        "en|A couple thousand protesters gathered outside parliament in Nairobi.|present:2000",
        "fr|Les organisateurs ont compté 40'000 manifestants à Berne.|present:40000",
        "fr|Plus de 1 500 familles ont été évacuées à Saint-Louis.|",
        "en|So far, 373 migrants have been rescued and 25 bodies have been recovered.|other:373,killed:25",
        "en|Russia reported a swap of 270 Ukrainian soldiers and 120 civilians.|captured:270,captured:120",
        "en|The rights group said 1,200 political prisoners remain behind bars.|captured:1200",
        "fr|Le bilan est établi jeudi.Un précédent bilan faisait état de 47 morts.|killed:47",
        "fr|Entre 25 à 30.000 personnes ont défilé selon la préfecture.|present:25000",
        "en|The disease killed 58 people and sickened 1,293 others, the ministry said.|killed:58,other:1293",
        "en|More than 3,000 cattle also died in the cold.|",
        "en|He added that 1,216 residents have been moved to temporary shelters.|displaced:1216",
        "fr|Nous avons perdu sept soldats dans les combats.|killed:7",
        "fr|Sept nouvelles manifestations étaient prévues ce mardi.|",
        "fr|Le nombre de morts est passé de 14 à 46 dans la nuit.|killed:46",
        "en|The death toll rose from 14 to 46 on Sunday.|killed:46",
        "en|The dead included 12 Britons and eight Germans.|killed:12,killed:8",
        "fr|Au total, 45 corps ont été retrouvés à Derna.|killed:45",
        "en|Some 130 Iranian citizens were martyred in the strikes.|killed:130",
        "en|At least 61 pilgrims were trampled to death and many more hurt on Sunday.|killed:61",
        "en|More than 40,000 people had been forced to leave their homes.|displaced:40000",
        "en|About 2,300 people are still in 40 relief camps, officials said.|displaced:2300",
        "en|The governor ordered the deployment of 300 National Guard troops to the city.|expected:300",
        "fr|Des hommes armés ont enlevé plus de 60 élèves dans un lycée de Zamfara.|captured:60",
        "fr|Les syndicats ont compté 9 000 manifestants à Brest, et 9 000 à Quimper selon la police.|present:9000,present:9000",
        "en|The death toll remains at 31, officials say.|killed:31",
        "en|Eleven people died when a bus carrying 40 passengers overturned near Quetta.|killed:11,other:40",
        "en|National police counted 80 dead and 1,200 houses destroyed.|killed:80",
        "fr|Plus de deux tiers des arrivées étaient des ressortissants soudanais.|",
        "fr|Le gouvernement a annoncé l'intention de déployer 60 militaires au Sahel.|expected:60",
        "en|Twelve people were detained for violations under Article 173 of the code.|arrested:12",
        "fr|Selon la commission, plus de 300 personnes avaient été détenues au 6 juin.|arrested:300",
        "en|The cabinet has ratified the deployment of about 800 police officers to Haiti.|expected:800",
        "fr|À Lille, la CGT a revendiqué 12.000 manifestants contre 4500 décomptés par la préfecture.|present:12000,present:4500",
        "en|The commission recorded 14 deaths, 31 injuries and three abductions.|killed:14,wounded:31,captured:3",
        "fr|Le ministère a fait état de sept policiers et de deux gendarmes blessés.|wounded:7,wounded:2",
        "en|The force would include 1,000 border guards, 1,500 soldiers and 700 police officers.|expected:1000,expected:1500,expected:700",
        "en|Four more deaths were reported, bringing the number to 27.|killed:4,killed:27",
        "en|Twelve hostages were killed in the raid on the gas plant.|killed:12",
        "fr|La marge d'erreur est de 10 à 15 %.|",
        "fr|Il y avait 9 000 personnes à 15 h 20 place de la République.|",
        "en|Police released 40 pictures of suspects.|",
        "fr|L'intersyndicale espère rassembler 5.000 à 8.000 manifestants.|expected:5000",
        "fr|Plus de 300 civils sont tombés sous les balles depuis février.|killed:300",
        "fr|Le bilan des inondations est monté à cinq morts lundi.|killed:5",
        "en|Fourteen people have been transported to nearby hospitals, the Red Cross said.|wounded:14",
        "fr|Au moins 12 otages étrangers, un agent de sécurité et 9 ravisseurs ont été tués.|killed:12,killed:9",
        "fr|On compte 4 décès et 25 passagers admis dans un hôpital pour blessures.|killed:4,wounded:25",
        "fr|Au total 300 cas, 41 décès et 120 personnes guéries.|killed:41,other:120",
        "fr|La libération des trois militaires et cinq policiers détenus par la guérilla a été confirmée.|captured:3,captured:5",
        "en|At present, 8,500 people are positive for the virus in the region.|other:8500",
        "fr|Le bilan atteint 52 morts, dont 31 dans l'effondrement d'un pont et 21 par noyade.|killed:52,killed:31,killed:21",
    })
    void measureAndFigure(String lang, String sentence, String expected) {
        List<Claim> claims = Engine.run(sentence, lang, "2024-10-29");
        List<String> got = claims.stream().map(c -> c.measure().wire() + ":" + c.quantity().low()).toList();
        assertThat(String.join(",", got)).isEqualTo(expected == null ? "" : expected);
    }
}
