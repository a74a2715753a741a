import IRVEFindings

extension French: CodeDocWords {
    static func docTitle(_ c: EngineCode) -> String {
        switch c {
        case .typeError: "Valeur du mauvais type"
        case .constraintError: "Contrainte du schéma non respectée"
        case .missingCell: "Cellule manquante"
        case .extraCell: "Cellule en trop"
        case .blankRow: "Ligne vide"
        case .mojibake: "Accents abîmés"
        case .invalidUTF8Bytes: "Octets UTF-8 invalides"
        case .nonUTF8Encoding: "Fichier pas en UTF-8"
        case .emptyFile: "Fichier vide"
        case .blankHeader: "En-tête vide"
        case .headerOnly: "En-tête seul"
        case .unterminatedQuote: "Guillemet jamais fermé"
        case .dynamiqueInsteadOfStatique: "Fichier IRVE dynamique"
        case .notIRVE: "Pas un fichier IRVE"
        case .preV1Layout: "Mise en page antérieure à la v1"
        case .obsoleteSchemaV1: "Schéma v1 obsolète"
        case .schemaDetected: "Schéma reconnu"
        case .geoUnavailable: "Contrôles géographiques indisponibles"
        }
    }

    static func docExplanation(_ c: EngineCode) -> String {
        switch c {
        case .typeError:
            "La cellule ne se lit pas dans le type de son champ (nombre, entier, date, booléen, géopoint…)."
        case .constraintError:
            "La valeur enfreint une contrainte du champ : obligatoire, motif, liste de valeurs, minimum ou maximum."
        case .missingCell: "La ligne a moins de cellules que l'en-tête : ses dernières colonnes manquent."
        case .extraCell:
            "La ligne a plus de cellules que l'en-tête, souvent un séparateur dans une valeur sans guillemets."
        case .blankRow: "Toutes les cellules de la ligne sont vides."
        case .mojibake: "Des suites comme « Ã© » montrent un texte UTF-8 relu comme Windows-1252."
        case .invalidUTF8Bytes: "Quelques octets ne sont pas de l'UTF-8 ; ils sont remplacés par « � »."
        case .nonUTF8Encoding: "Le fichier est en Windows-1252 (Latin-1) ; data.gouv.fr attend de l'UTF-8."
        case .emptyFile: "Le fichier n'a ni en-tête ni données (ou seulement des lignes vides)."
        case .blankHeader: "La première ligne, qui doit nommer les colonnes, est vide."
        case .headerOnly: "Le fichier n'a que l'en-tête : aucun point de recharge."
        case .unterminatedQuote: "Un guillemet ouvre une cellule qui ne se ferme pas : la fin du fichier y tombe."
        case .dynamiqueInsteadOfStatique:
            "L'en-tête est celui du schéma IRVE dynamique (états des points), pas du schéma statique."
        case .notIRVE: "L'en-tête ne ressemble à aucune version du schéma IRVE statique."
        case .preV1Layout: "Une mise en page de 2014–2016, d'avant le schéma v1 : à reprendre en 2.3.1."
        case .obsoleteSchemaV1:
            "Le schéma v1 n'est plus accepté par la consolidation nationale ; irve fix passe en 2.3.1."
        case .schemaDetected: "La version du schéma que désigne l'en-tête, avec laquelle le fichier est contrôlé."
        case .geoUnavailable:
            "Sans référentiel ou sans les colonnes utiles, les contrôles géographiques n'ont pas tourné."
        }
    }

    static func docTitle(_ c: HeaderCode) -> String {
        switch c {
        case .duplicateLabel: "Colonne en double"
        case .missingLabel: "Colonne obligatoire absente"
        case .missingColumn: "Colonne facultative absente"
        case .extraLabel: "Colonne hors schéma"
        case .columnOrder: "Colonnes dans le désordre"
        case .columnMapping: "Colonne placée par son libellé ou son contenu"
        case .columnMappingDoubtful: "Placement de colonne douteux"
        case .blankLabel: "Colonne sans nom"
        case .incorrectLabel: "Colonne mal nommée"
        }
    }

    static func docExplanation(_ c: HeaderCode) -> String {
        switch c {
        case .duplicateLabel: "Deux colonnes portent le même nom."
        case .missingLabel: "Une colonne obligatoire du schéma manque à l'en-tête."
        case .missingColumn: "Une colonne facultative du schéma manque : ajoutez-la, vide au besoin."
        case .extraLabel:
            "Une colonne que le schéma ne connaît pas : un avertissement par nom, une erreur en contrôle strict."
        case .columnOrder: "Les colonnes ne suivent pas l'ordre du schéma (bloquant seulement pour les outils stricts)."
        case .columnMapping:
            "Un libellé de portail ou un contenu désigne un champ avec certitude ; irve fix l'applique."
        case .columnMappingDoubtful: "Un placement probable, appliqué seulement avec --aggressive ou --map."
        case .blankLabel: "Une colonne de l'en-tête n'a pas de nom."
        case .incorrectLabel:
            "En contrôle strict, le nom d'une colonne n'est pas celui que le schéma attend à sa place."
        }
    }
}
